/**
 * End-to-end tests in Debian's headless Chromium against the packaged portal, through page objects.
 */
package org.aftercare.ui.browser;
