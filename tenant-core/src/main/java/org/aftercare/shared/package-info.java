/** What every feature shares: identifiers and the typed failures the UI and the API map once. */
package org.aftercare.shared;
