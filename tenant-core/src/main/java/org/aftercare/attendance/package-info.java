/** Who came to each session: facilitators' rosters and clients' own check-ins. */
package org.aftercare.attendance;
