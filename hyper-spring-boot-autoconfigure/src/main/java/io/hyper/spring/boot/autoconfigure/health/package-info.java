/** The {@code hyper} health indicator, when the app has Boot's actuator. */
package io.hyper.spring.boot.autoconfigure.health;
