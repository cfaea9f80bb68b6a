/**
 * The clinic admin's audit log: the clinic's audit trail filtered and paged from the database, the
 * hash chain verified on demand, and the current selection exported as CSV.
 */
package org.aftercare.ui.audit;
