/**
 * What users see when something cannot be shown or done: access denied, record not found, and the
 * one error handler that turns failures in event handlers into clear messages.
 */
package org.aftercare.ui.errors;
