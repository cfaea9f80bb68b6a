package org.aftercare.ui.portal;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import org.aftercare.board.BoardDigest;

/**
 * The client's own switch for the boards' morning e-mail, which says only how many posts are new.
 */
class BoardDigestSwitch extends Checkbox {

  BoardDigestSwitch(BoardDigest digest) {
    setId("board-digest");
    setLabel(getTranslation("groups.digest"));
    setHelperText(getTranslation("groups.digest.helper"));
    setValue(digest.subscribed());
    addValueChangeListener(
        change -> {
          if (!change.isFromClient()) {
            return;
          }
          digest.subscribe(change.getValue());
          Notification.show(
              getTranslation(change.getValue() ? "groups.digest.on" : "groups.digest.off"),
              3000,
              Notification.Position.BOTTOM_CENTER);
        });
  }
}
