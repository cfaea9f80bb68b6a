package org.aftercare.ui.clients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.identity.Account;
import org.aftercare.identity.AccountService;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.mentoring.Mentoring.Suggestion;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.FieldErrors;

/**
 * The client's peer mentor: who it is, a ranked choice of mentors with free places to assign or
 * transfer to, ending the assignment, and the history.
 */
class MentorSection extends VerticalLayout {

  MentorSection(UUID clientId, Mentoring mentoring, AccountService accounts, Runnable refresh) {
    setPadding(false);
    setId("client-mentor");
    add(new H2(getTranslation("clients.mentor.peerMentor")));
    Map<UUID, String> names =
        accounts.staff().stream()
            .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    var current = mentoring.currentOf(clientId);
    var who =
        new Paragraph(
            current
                .map(
                    a ->
                        names.getOrDefault(
                            a.getMentorId(), getTranslation("clients.mentor.formerStaff")))
                .orElseGet(() -> getTranslation("clients.mentor.none")));
    who.setId("current-mentor");
    add(who);
    var choice = new Select<Suggestion>();
    choice.setId("mentor-choice");
    choice.setLabel(
        getTranslation(
            current.isPresent() ? "clients.mentor.transferTo" : "clients.mentor.assignA"));
    choice.setItems(mentoring.suggestionsFor(clientId));
    choice.setItemLabelGenerator(
        s ->
            getTranslation(
                s.sharesModality()
                    ? "clients.mentor.suggestion.sameKind"
                    : "clients.mentor.suggestion",
                s.mentor().getDisplayName(),
                s.freePlaces()));
    choice.setEmptySelectionCaption(getTranslation("clients.mentor.choice.any"));
    var assign =
        new Button(
            getTranslation(
                current.isPresent() ? "clients.mentor.transfer" : "clients.mentor.assign"),
            click -> {
              if (choice.getValue() == null) {
                return;
              }
              try {
                mentoring.assign(clientId, choice.getValue().mentor().getId());
                Notification.show(
                    getTranslation("clients.mentor.mentorAssigned"),
                    3000,
                    Notification.Position.BOTTOM_START);
                refresh.run();
              } catch (InvalidInputException invalid) {
                new FieldErrors(choice).show(invalid);
              }
            });
    assign.setId("assign-mentor");
    assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var row = new HorizontalLayout(choice, assign);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (current.isPresent()) {
      var end =
          new Button(
              getTranslation("clients.mentor.end"),
              click -> {
                mentoring.end(clientId, "Ended by clinician");
                refresh.run();
              });
      end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      row.add(end);
    }
    add(row);
    var history =
        mentoring.historyOf(clientId).stream().filter(a -> a.endedAt().isPresent()).toList();
    if (!history.isEmpty()) {
      add(
          new Paragraph(
              getTranslation(
                  "clients.mentor.earlier",
                  history.stream()
                      .map(
                          a ->
                              names.getOrDefault(
                                      a.getMentorId(), getTranslation("clients.mentor.formerStaff"))
                                  + a.endReason().map(r -> " (" + r + ")").orElse(""))
                      .collect(Collectors.joining(", ")))));
    }
  }
}
