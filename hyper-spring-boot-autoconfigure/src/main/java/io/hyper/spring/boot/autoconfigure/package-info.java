/**
 * Spring Boot auto-configuration of hyper-connect: the {@code Hyper} bean, its {@code hyper.*}
 * properties and where it connects.
 */
package io.hyper.spring.boot.autoconfigure;
