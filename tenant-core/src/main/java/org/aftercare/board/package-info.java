/**
 * Between sessions: each recovery group's moderated board, where its enrolled clients and its
 * facilitators post and reply under display names only, after accepting the clinic's code of
 * conduct; members report posts, facilitators hide or remove them and mute or remove members, and
 * posts are kept only as long as the clinic says.
 */
package org.aftercare.board;
