/**
 * hyper vision end to end in a real headless Chromium driven by Selenium: data made with
 * hyper-connect, found and changed in the UI, and checked again with hyper-connect. Compiled and
 * run only with the Maven profile {@code browser}.
 */
package io.hyper.local.vision.browser;
