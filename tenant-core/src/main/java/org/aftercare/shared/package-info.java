/**
 * What every feature shares: identifiers, text-search patterns, and the typed failures the UI and
 * the API map once.
 */
package org.aftercare.shared;
