/**
 * Outreach: a new flag episode becomes one follow-up task for the client's peer mentor (or the
 * clinic's clinicians), done with an outcome, snoozed with a reason, or closed by itself when the
 * flags clear; and the mentors' neutral daily digest of what is due.
 */
package org.aftercare.outreach;
