/** Health checks for the platform that runs the portal. */
package org.aftercare.ui.operations;
