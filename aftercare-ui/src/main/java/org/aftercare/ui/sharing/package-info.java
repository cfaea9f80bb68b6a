/**
 * Sharing with a client's outside care team (42 CFR Part 2) in the portal: the client's own
 * consents and who received their information, the care team on the client's record, and the clinic
 * admin's connections and deliveries. The core enforces who may do what; these views only leave out
 * what a role cannot use.
 */
package org.aftercare.ui.sharing;
