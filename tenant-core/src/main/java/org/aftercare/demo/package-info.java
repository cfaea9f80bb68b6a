/** Two demo clinics with staff and clients, seeded only when the portal is started with --demo. */
package org.aftercare.demo;
