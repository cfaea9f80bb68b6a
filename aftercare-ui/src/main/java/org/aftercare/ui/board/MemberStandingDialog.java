package org.aftercare.ui.board;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import org.aftercare.board.BoardModeration;
import org.aftercare.board.BoardStanding;

/**
 * A facilitator's choice about one member on this board: pause their posting, remove them from the
 * board, or restore them. Choosing is the confirmation; nothing changes on Cancel.
 */
class MemberStandingDialog extends Dialog {

  MemberStandingDialog(
      BoardModeration moderation, UUID groupId, UUID clientId, String name, Runnable after) {
    setHeaderTitle(name + " on this board");
    setWidth("min(32rem, 95vw)");
    add(
        new Paragraph(
            "Muting lets "
                + name
                + " read but not post. Removing takes the board away from them."
                + " Their place in the group and its sessions is not changed."));
    var mute =
        choice(
            "Mute: read but not post",
            "mute-member",
            moderation,
            groupId,
            clientId,
            BoardStanding.MUTED,
            after);
    var remove =
        choice(
            "Remove from this board",
            "remove-member",
            moderation,
            groupId,
            clientId,
            BoardStanding.REMOVED,
            after);
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var restore =
        choice(
            "Restore",
            "restore-member",
            moderation,
            groupId,
            clientId,
            BoardStanding.ACTIVE,
            after);
    // Stacked in the body rather than side by side in the footer: four buttons do not fit a phone.
    var choices = new VerticalLayout(mute, remove, restore);
    choices.setPadding(false);
    choices.setSpacing(true);
    add(choices);
    getFooter().add(new Button("Cancel", click -> close()));
  }

  private Button choice(
      String label,
      String id,
      BoardModeration moderation,
      UUID groupId,
      UUID clientId,
      BoardStanding standing,
      Runnable after) {
    var button =
        new Button(
            label,
            click -> {
              moderation.setStanding(groupId, clientId, standing);
              close();
              after.run();
            });
    button.setId(id);
    return button;
  }
}
