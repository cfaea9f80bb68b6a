/** Clinicians' client pages: the searchable list, the add/edit form and the client's record. */
package org.aftercare.ui.clients;
