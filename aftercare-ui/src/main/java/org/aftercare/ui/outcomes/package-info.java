/**
 * The outcomes screen for clinicians and clinic admins: retention, attendance, check-in engagement
 * and measure improvement for a period and a scope, with server-rendered charts and a CSV export.
 */
package org.aftercare.ui.outcomes;
