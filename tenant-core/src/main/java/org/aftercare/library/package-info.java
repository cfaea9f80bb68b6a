/**
 * Between sessions: the clinic's resource library (articles, documents, audio, books and
 * worksheets) that staff assign to a group or a client, the uploaded files served only to the
 * clinic's people who may see them, and the worksheets clients fill in for their clinician and
 * their group's facilitators.
 */
package org.aftercare.library;
