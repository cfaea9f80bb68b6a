package org.aftercare.board;

/**
 * A member's standing on one group's board: a muted member still reads but cannot post or reply; a
 * removed member no longer opens the board. Their place in the group itself is untouched.
 */
public enum BoardStanding {
  ACTIVE,
  MUTED,
  REMOVED
}
