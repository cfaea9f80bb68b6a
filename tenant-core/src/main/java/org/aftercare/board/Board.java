package org.aftercare.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One group's board as the signed-in person sees it: the posts (newest threads first, replies in
 * order under them), the code of conduct still to accept before posting, the person's standing, and
 * the reports they made with what became of them.
 */
public record Board(
    UUID groupId,
    String groupName,
    boolean moderates,
    BoardStanding standing,
    Optional<CodeOfConduct> conductToAccept,
    boolean linksAllowed,
    List<BoardPostLine> posts,
    List<ReportNotice> myReports) {

  /** The text and version a member accepts. */
  public record CodeOfConduct(String text, int version) {}

  public boolean mayPost() {
    return standing == BoardStanding.ACTIVE && conductToAccept.isEmpty();
  }
}
