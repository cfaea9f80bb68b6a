package org.aftercare.ui.board;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aftercare.access.Role;
import org.aftercare.board.Board;
import org.aftercare.board.BoardModeration;
import org.aftercare.board.BoardPostLine;
import org.aftercare.board.BoardRules;
import org.aftercare.board.BoardStanding;
import org.aftercare.board.GroupBoards;
import org.aftercare.board.OpenReport;
import org.aftercare.board.PostBody;
import org.aftercare.board.ReportNotice;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * A group's board, for its members on their phones and for its facilitators: the code of conduct to
 * accept first, the box to write in, the threads newest first, what became of one's reports, and
 * for facilitators the reports to review.
 *
 * <p>New posts appear by polling, and only while this page is open: the browser asks every {@value
 * #POLL_MILLIS} ms, and the page redraws the threads only when they changed. Not server push: push
 * needs {@code @Push} on the app shell, which would hold a WebSocket (or long-polling connection)
 * open for every page of every signed-in user, through an ingress that must be configured for it,
 * for the sake of one page where a few seconds' delay does no harm. The portal's CSP ({@code
 * connect-src 'self'}) would let a same-origin WebSocket through in current browsers, so this is a
 * choice of cost, not of what the policy allows.
 *
 * <p>Polls count as activity for the session, so a board left open would never let the portal's
 * idle sign-out happen (15 minutes for staff). Live updates therefore stop {@link #LIVE_FOR} after
 * the person's last action on the board, with a button to catch up and resume.
 */
@CdiComponent
@Route("board/:groupId")
@RolesAllowed({
  Role.Names.CLIENT,
  Role.Names.CLINICIAN,
  Role.Names.PEER_MENTOR,
  Role.Names.CLINIC_ADMIN
})
public class GroupBoardView extends VerticalLayout
    implements BeforeEnterObserver,
        PostCard.Actions,
        OpenReportsSection.Decisions,
        HasDynamicTitle {

  static final RouteId GROUP_ID = new RouteId("groupId", "Group board");
  static final int POLL_MILLIS = 10_000;
  static final Duration LIVE_FOR = Duration.ofMinutes(5);

  private final GroupBoards boards;
  private final BoardModeration moderation;
  private final BoardRules rules;
  private final ZoneId zone;
  private final TextArea text = new TextArea(getTranslation("board.text"));
  private final FieldErrors errors = new FieldErrors(text);
  private final Span replyingTo = new Span();
  private final Div threads = new Div();
  private final Div reports = new Div();
  private final Div paused = new Div();
  private Instant lastAction = Instant.now();
  private Registration polling;
  private UUID groupId;
  private UUID replyThread;
  private Board board;
  private List<OpenReport> openReports = List.of();

  @Inject
  public GroupBoardView(
      GroupBoards boards, BoardModeration moderation, BoardRules rules, CurrentClinic clinic) {
    this.boards = boards;
    this.moderation = moderation;
    this.rules = rules;
    this.zone = clinic.zone();
    addClassName("aftercare-page");
    addClassName("aftercare-board-page");
    threads.setId("board-posts");
    threads.addClassName("aftercare-board-threads");
    reports.setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    groupId = GROUP_ID.in(event.getRouteParameters());
    board = boards.open(groupId);
    renderPage();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    lastAction = Instant.now();
    event.getUI().setPollInterval(POLL_MILLIS);
    polling = event.getUI().addPollListener(poll -> onPoll());
  }

  private void onPoll() {
    if (Duration.between(lastAction, Instant.now()).compareTo(LIVE_FOR) > 0) {
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
      paused.setVisible(true);
      return;
    }
    refreshIfChanged();
  }

  /** The person did something on the board: keep new posts coming live. */
  private void acted() {
    lastAction = Instant.now();
    if (paused.isVisible()) {
      paused.setVisible(false);
      getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }
  }

  private Div pausedNotice() {
    paused.removeAll();
    paused.setId("board-paused");
    paused.addClassName("aftercare-board-reply-line");
    var resume = new Button(getTranslation("board.resume"), click -> refresh());
    resume.setId("board-resume");
    resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
    paused.add(new Span(getTranslation("board.liveUpdatesPaused")), resume);
    paused.setVisible(false);
    return paused;
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
      polling = null;
    }
  }

  private void renderPage() {
    removeAll();
    var title = new H1(board.groupName());
    title.setId("board-title");
    add(backLink(), title, new Paragraph(introduction()));
    // Vaadin keeps the scroll position of the page one came from (the client's home, scrolled
    // down to the group's card): start the board at its top.
    title.scrollIntoView();
    if (board.standing() == BoardStanding.REMOVED) {
      var removed = new Paragraph(getTranslation("board.removed"));
      removed.setId("board-removed");
      add(removed);
      return;
    }
    board.conductToAccept().ifPresent(this::addConductCard);
    if (board.standing() == BoardStanding.MUTED) {
      var muted = new Paragraph(getTranslation("board.muted"));
      muted.setId("board-muted");
      muted.addClassName("aftercare-board-notice");
      add(muted);
    } else if (board.conductToAccept().isEmpty()) {
      add(composer());
    }
    add(pausedNotice(), reports, threads);
    renderDynamic();
  }

  private String introduction() {
    return board.moderates()
        ? getTranslation("board.intro.moderator")
        : getTranslation("board.intro.member");
  }

  private Anchor backLink() {
    boolean client = PortalSession.holds(Role.CLIENT);
    boolean groupPage =
        PortalSession.holds(Role.CLINICIAN) || PortalSession.holds(Role.CLINIC_ADMIN);
    var back =
        client
            ? new Anchor("home", getTranslation("board.backHome"))
            : groupPage
                ? new Anchor("groups/" + groupId, getTranslation("board.backToThe"))
                : new Anchor("", getTranslation("board.back"));
    back.setId("board-back");
    return back;
  }

  private void addConductCard(Board.CodeOfConduct conduct) {
    var card = new Div();
    card.setId("board-conduct");
    card.addClassName("aftercare-group-card");
    var rulesText = new Paragraph();
    rulesText.setText(conduct.text());
    rulesText.addClassName("board-body");
    var accept =
        new Button(
            getTranslation("board.accept"),
            click -> {
              try {
                rules.acceptCodeOfConduct(conduct.version());
              } catch (InvalidInputException changed) {
                Notification.show(
                    PortalTranslations.refusal(changed), 5000, Notification.Position.MIDDLE);
              }
              board = boards.open(groupId);
              renderPage();
            });
    accept.setId("accept-conduct");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    card.add(
        new H2(getTranslation("board.codeOfConduct")),
        new Paragraph(getTranslation("board.beforeYourFirst")),
        rulesText,
        accept);
    add(card);
  }

  private Div composer() {
    text.setId("board-text");
    text.setWidthFull();
    text.setMinRows(3);
    // A long post scrolls inside the box instead of pushing the Post button off a phone's screen.
    text.setMaxHeight("14rem");
    text.setHelperText(
        getTranslation(
            board.linksAllowed() ? "board.text.hint" : "board.text.hint.noLinks",
            PostBody.MAX_LENGTH));
    replyingTo.setId("board-replying-to");
    var cancelReply = new Button(getTranslation("board.cancelReply"), click -> replyTo(null, null));
    cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    var replyLine = new Div(replyingTo, cancelReply);
    replyLine.addClassName("aftercare-board-reply-line");
    replyLine.setVisible(false);
    var send = new Button(getTranslation("board.send"), click -> send());
    send.setId("board-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var composer = new Div(replyLine, text, send);
    composer.setId("board-composer");
    composer.addClassName("aftercare-group-card");
    return composer;
  }

  private void send() {
    acted();
    errors.clear();
    try {
      boards.post(groupId, replyThread, text.getValue());
    } catch (InvalidInputException invalid) {
      errors.show(invalid);
      return;
    } catch (ForbiddenException refused) {
      FieldErrors.showAt(text, refused.getMessage());
      return;
    }
    text.clear();
    replyTo(null, null);
    Notification.show(getTranslation("board.posted"), 2000, Notification.Position.BOTTOM_CENTER);
    refresh();
  }

  private void replyTo(UUID thread, String author) {
    acted();
    replyThread = thread;
    replyingTo.setText(thread == null ? "" : getTranslation("board.replyingTo", author));
    replyingTo.getParent().ifPresent(line -> line.setVisible(thread != null));
    if (thread != null) {
      text.focus();
      text.scrollIntoView();
    }
  }

  private void refreshIfChanged() {
    Board now = boards.open(groupId);
    List<OpenReport> reportsNow = board.moderates() ? moderation.openReports(groupId) : List.of();
    if (now.standing() != board.standing()
        || !now.conductToAccept().equals(board.conductToAccept())) {
      board = now;
      renderPage();
    } else if (!Objects.equals(now, board) || !reportsNow.equals(openReports)) {
      board = now;
      renderDynamic();
    }
  }

  private void refresh() {
    acted();
    board = boards.open(groupId);
    renderDynamic();
  }

  private void renderDynamic() {
    openReports = board.moderates() ? moderation.openReports(groupId) : List.of();
    reports.removeAll();
    if (!openReports.isEmpty()) {
      reports.add(new OpenReportsSection(openReports, zone, this));
    }
    if (!board.myReports().isEmpty()) {
      reports.add(myReports());
    }
    threads.removeAll();
    if (board.posts().isEmpty()) {
      var empty =
          new Paragraph(getTranslation(board.mayPost() ? "board.empty.sayHello" : "board.empty"));
      empty.addClassName("aftercare-empty-state");
      threads.add(empty);
      return;
    }
    board
        .posts()
        .forEach(
            post ->
                threads.add(new PostCard(post, board.mayPost(), board.moderates(), zone, this)));
  }

  private Div myReports() {
    var section = new Div();
    section.setId("board-my-reports");
    section.addClassName("aftercare-board-section");
    section.add(new H2(getTranslation("board.yourReports")));
    for (ReportNotice notice : board.myReports()) {
      var line = new Paragraph();
      line.setText(
          getTranslation(
              "board.yourReport",
              SessionTimes.at(notice.reportedAt(), zone),
              notice
                  .outcome()
                  .map(outcome -> Labels.of(outcome, outcome.toldToReporter()))
                  .orElseGet(() -> getTranslation("board.yourReport.notYet"))));
      line.addClassName("board-report-notice");
      section.add(line);
    }
    return section;
  }

  @Override
  public void reply(BoardPostLine post) {
    replyTo(post.replyTo() == null ? post.id() : post.replyTo(), post.author());
  }

  @Override
  public void report(BoardPostLine post) {
    new ReportDialog(
            boards,
            post.id(),
            () -> {
              Notification.show(
                  getTranslation("board.thankYouThe"), 3000, Notification.Position.BOTTOM_CENTER);
              refresh();
            })
        .open();
  }

  @Override
  public void hide(BoardPostLine post) {
    moderation.hide(post.id());
    refresh();
  }

  @Override
  public void remove(BoardPostLine post) {
    confirmRemoval(post.id(), post.author());
  }

  @Override
  public void member(BoardPostLine post) {
    new MemberStandingDialog(
            moderation, groupId, post.authorClientId(), post.author(), this::refresh)
        .open();
  }

  @Override
  public void hide(OpenReport report) {
    moderation.hide(report.postId());
    refresh();
  }

  @Override
  public void remove(OpenReport report) {
    confirmRemoval(report.postId(), report.postAuthor());
  }

  @Override
  public void keep(OpenReport report) {
    moderation.keep(report.reportId());
    refresh();
  }

  private void confirmRemoval(UUID postId, String author) {
    Confirmation.destructive(
            getTranslation("board.confirm"),
            getTranslation("board.confirm.text", author),
            getTranslation("board.confirm.remove"),
            () -> {
              moderation.remove(postId);
              refresh();
            })
        .open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.groupBoard");
  }
}
