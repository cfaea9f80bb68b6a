/**
 * The figures clinics are judged on: retention, attendance, check-in engagement and measure
 * improvement for the clinic, a group, a kind of group or a mentor's mentees, and per-mentor
 * figures, each computed by one SQL aggregate in PostgreSQL.
 */
package org.aftercare.outcomes;
