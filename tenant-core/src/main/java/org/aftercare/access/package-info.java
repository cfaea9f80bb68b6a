/**
 * Who may do what, decided in the core rather than only on routes: the request's {@link
 * org.aftercare.access.Caller}, the role gate {@link org.aftercare.access.Requires} on every
 * service method that reads or changes clinic data, and the care relationships ({@link
 * org.aftercare.access.CareRelationships}) that narrow a role to the people and sessions it serves.
 */
package org.aftercare.access;
