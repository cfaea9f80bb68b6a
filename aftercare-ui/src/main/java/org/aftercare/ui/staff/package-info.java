/** Clinic admins' staff pages and the page an invitation link opens. */
package org.aftercare.ui.staff;
