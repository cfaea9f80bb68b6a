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
    setHeaderTitle(getTranslation("board.standing.title", name));
    setWidth("min(32rem, 95vw)");
    add(new Paragraph(getTranslation("board.standing.text", name)));
    var mute =
        choice(
            getTranslation("board.standing.mute"),
            "mute-member",
            moderation,
            groupId,
            clientId,
            BoardStanding.MUTED,
            after);
    var remove =
        choice(
            getTranslation("board.standing.remove"),
            "remove-member",
            moderation,
            groupId,
            clientId,
            BoardStanding.REMOVED,
            after);
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var restore =
        choice(
            getTranslation("board.standing.restore"),
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
    getFooter().add(new Button(getTranslation("board.standing.cancel"), click -> close()));
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
