/** The platform operator's console: clinics with usage counts, registration, suspension. */
package org.aftercare.ui.clinics;
