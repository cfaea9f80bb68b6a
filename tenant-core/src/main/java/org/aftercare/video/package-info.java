/**
 * The clinic's video service as a source of attendance: which provider sends its join and leave
 * events, the secret they are signed with, the grace minutes, and the address they arrive at.
 */
package org.aftercare.video;
