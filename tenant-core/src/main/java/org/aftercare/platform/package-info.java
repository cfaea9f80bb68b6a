/**
 * What happens when the application starts: schema migration as the owner role before JPA is used,
 * the first platform operator, and the demo clinics when asked for.
 */
package org.aftercare.platform;
