/**
 * The clinics on the platform: the operator registers, suspends and reactivates them, and each
 * clinic's admins keep its settings. The technical kernel that makes every request one clinic's
 * lives in {@code org.aftercare.tenancy}; this package is the clinic-administration use cases above
 * it.
 */
package org.aftercare.clinics;
