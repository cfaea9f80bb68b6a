package org.aftercare.ui.board;

import static org.aftercare.ui.components.PortalTranslations.text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.aftercare.board.BoardPostLine;
import org.aftercare.ui.components.SessionTimes;

/**
 * One post or reply. Its text is set as text, never as HTML: whatever a member typed — markup, a
 * script tag — is shown as the characters they typed.
 */
class PostCard extends Div {

  /** What the board does when a button on a post is pressed. */
  interface Actions {
    void reply(BoardPostLine post);

    void report(BoardPostLine post);

    void hide(BoardPostLine post);

    void remove(BoardPostLine post);

    void member(BoardPostLine post);
  }

  PostCard(BoardPostLine post, boolean mayPost, boolean moderates, ZoneId zone, Actions actions) {
    addClassName("aftercare-board-post");
    if (post.replyTo() != null) {
      addClassName("aftercare-board-reply");
    }
    if (post.hidden()) {
      addClassName("aftercare-board-hidden");
    }
    getElement().setAttribute("data-post", post.id().toString());
    var author = new Span(post.author());
    author.addClassName("board-author");
    var heading = new Div(author);
    heading.addClassName("aftercare-board-post-heading");
    if (post.byFacilitator()) {
      heading.add(badge(text("board.post.facilitator"), "contrast"));
    }
    if (post.hidden()) {
      heading.add(badge(text("board.post.hidden"), "error"));
    }
    var when = new Span(SessionTimes.at(post.postedAt(), zone));
    when.addClassName("text-secondary");
    heading.add(when);
    var body = new Paragraph();
    body.setText(post.body());
    body.addClassName("board-body");
    add(heading, body, actions(post, mayPost, moderates, actions));
  }

  private static Div actions(
      BoardPostLine post, boolean mayPost, boolean moderates, Actions actions) {
    var row = new Div();
    row.addClassName("aftercare-board-actions");
    if (mayPost && !post.hidden()) {
      row.add(small(text("board.post.reply"), "reply", () -> actions.reply(post)));
    }
    if (post.reportedByMe()) {
      var reported = new Span(text("board.post.reported"));
      reported.addClassName("text-secondary");
      row.add(reported);
    } else if (!post.mine() && !post.hidden() && !moderates) {
      row.add(small(text("board.post.report"), "report", () -> actions.report(post)));
    }
    if (moderates) {
      if (!post.hidden()) {
        row.add(small(text("board.post.hide"), "hide", () -> actions.hide(post)));
      }
      var remove = small(text("board.post.remove"), "remove", () -> actions.remove(post));
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      row.add(remove);
      if (post.authorClientId() != null) {
        row.add(small(text("board.post.member"), "member", () -> actions.member(post)));
      }
    }
    return row;
  }

  private static Span badge(String text, String theme) {
    var badge = new Span(text);
    badge.getElement().getThemeList().addAll(List.of("badge", "small", theme));
    return badge;
  }

  private static Button small(String label, String action, Runnable onClick) {
    var button = new Button(label, click -> onClick.run());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    button.addClassName("board-" + action);
    return button;
  }
}
