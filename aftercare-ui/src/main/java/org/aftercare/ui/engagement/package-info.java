/** The clinician's and the peer mentor's dashboards: who is slipping, today, open alerts. */
package org.aftercare.ui.engagement;
