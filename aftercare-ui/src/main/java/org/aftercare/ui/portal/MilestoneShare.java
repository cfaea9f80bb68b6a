package org.aftercare.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftercare.board.GroupBoards;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.Milestone;
import org.aftercare.groups.ClientGroup;
import org.aftercare.groups.EnrollmentStatus;
import org.aftercare.groups.MyGroups;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.MilestoneText;
import org.aftercare.ui.components.PortalTranslations;

/**
 * A milestone reached this week, offered for sharing on one of the client's group boards. Nothing
 * is posted until the client presses Share; the post says only the milestone ("I reached 30 days in
 * my recovery."), and once it is on a board the card says where instead of offering it again.
 */
class MilestoneShare extends Div {

  private final GroupBoards boards;

  MilestoneShare(CheckIns checkIns, MyGroups myGroups, GroupBoards boards, UUID clientId) {
    this.boards = boards;
    setId("milestone-share");
    addClassName("aftercare-milestone-share");
    var recent = checkIns.progressOf(clientId).recentMilestone();
    List<RecoveryGroup> groups =
        myGroups.of(clientId, Instant.now()).stream()
            .filter(group -> group.enrollment().getStatus() == EnrollmentStatus.ENROLLED)
            .map(ClientGroup::group)
            .toList();
    if (recent.isEmpty() || groups.isEmpty()) {
      setVisible(false);
      return;
    }
    render(recent.get(), groups);
  }

  private void render(Milestone milestone, List<RecoveryGroup> groups) {
    String title = MilestoneText.title(milestone, getLocale());
    String post = getTranslation("milestone.share.post", title);
    add(new Paragraph(getTranslation("milestone.share.reached", title)));
    List<String> sharedOn =
        groups.stream()
            .filter(group -> alreadyOn(group, post))
            .map(RecoveryGroup::getName)
            .toList();
    if (!sharedOn.isEmpty()) {
      add(new Paragraph(getTranslation("milestone.share.done", String.join(", ", sharedOn))));
      return;
    }
    var board = new Select<RecoveryGroup>();
    board.setId("milestone-share-board");
    board.setLabel(getTranslation("milestone.share.board"));
    board.setItems(groups);
    board.setItemLabelGenerator(RecoveryGroup::getName);
    board.setValue(groups.getFirst());
    var share =
        new Button(
            getTranslation("milestone.share.button"),
            click -> {
              RecoveryGroup chosen = board.getValue();
              try {
                boards.post(chosen.getId(), null, post);
              } catch (ForbiddenException mayNotPost) {
                FieldErrors.showAt(board, getTranslation("milestone.share.refused"));
                add(boardLink(chosen));
                return;
              } catch (InvalidInputException refused) {
                FieldErrors.showAt(board, PortalTranslations.refusal(refused));
                return;
              }
              removeAll();
              add(new Paragraph(getTranslation("milestone.share.done", chosen.getName())));
              Notification.show(
                  getTranslation("milestone.share.sent"), 3000, Notification.Position.MIDDLE);
            });
    share.setId("milestone-share-button");
    add(board, share);
  }

  private boolean alreadyOn(RecoveryGroup group, String post) {
    return boards.open(group.getId()).posts().stream()
        .anyMatch(line -> line.mine() && line.body().equals(post));
  }

  private Anchor boardLink(RecoveryGroup group) {
    var link = new Anchor("board/" + group.getId(), getTranslation("groups.board"));
    link.addClassName("aftercare-board-link");
    return link;
  }
}
