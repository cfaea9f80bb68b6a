/**
 * Who is slipping: engagement flags and adherence summaries, computed by SQL over indexed tables,
 * and the clinician's and mentor's dashboards built on them.
 */
package org.aftercare.engagement;
