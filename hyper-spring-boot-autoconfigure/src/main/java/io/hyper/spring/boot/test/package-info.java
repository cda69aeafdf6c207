/** Test support: {@link io.hyper.spring.boot.test.AutoConfigureHyperLocal}. */
package io.hyper.spring.boot.test;
