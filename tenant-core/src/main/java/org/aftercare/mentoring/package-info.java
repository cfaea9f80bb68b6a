/** Peer mentors: who mentors whom (with history), caseloads, and the mentor's contact log. */
package org.aftercare.mentoring;
