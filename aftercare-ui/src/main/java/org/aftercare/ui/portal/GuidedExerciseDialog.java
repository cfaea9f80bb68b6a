package org.aftercare.ui.portal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A timed sequence run by the server: each step shows its words for its seconds while a circle
 * grows or shrinks with the breath (a CSS transition as long as the step). The page polls once a
 * second while the dialog is open and stops when it closes — no browser add-on needed.
 */
class GuidedExerciseDialog extends Dialog {

  /**
   * One step: what to do (the key of its words), for how long, and how large the circle is at its
   * end (0 to 1).
   */
  record Step(String wordsKey, int seconds, double circle) {}

  private final List<Step> steps;
  private final Paragraph words = new Paragraph();
  private final Span remaining = new Span();
  private final Div circle = new Div();
  private int step;
  private int secondsLeft;
  private Registration polling;

  /** {@code exercise} prefixes the keys of the title and introduction ({@code breathing.title}). */
  GuidedExerciseDialog(String exercise, String id, List<Step> steps) {
    setHeaderTitle(getTranslation(exercise + ".title"));
    this.steps = List.copyOf(steps);
    setId(id);
    setWidth("min(100vw, 26rem)");
    words.setId(id + "-words");
    words.addClassName("aftercare-exercise-words");
    remaining.setId(id + "-remaining");
    remaining.addClassName("aftercare-hint");
    circle.addClassName("aftercare-breath-circle");
    var stage = new Div(circle);
    stage.addClassName("aftercare-breath-stage");
    add(new Paragraph(getTranslation(exercise + ".intro")), stage, words, remaining);
    getFooter().add(new Button(getTranslation("exercise.stop"), click -> close()));
    addOpenedChangeListener(
        change -> {
          if (!change.isOpened()) {
            stopPolling();
          }
        });
  }

  /** Breathe in for 4, hold for 4, out for 6 — five times, a little over a minute. */
  static GuidedExerciseDialog breathing() {
    var steps = new ArrayList<Step>();
    for (int round = 0; round < 5; round++) {
      steps.add(new Step("breathing.in", 4, 1.0));
      steps.add(new Step("breathing.hold", 4, 1.0));
      steps.add(new Step("breathing.out", 6, 0.4));
    }
    steps.add(new Step("breathing.done", 0, 0.6));
    return new GuidedExerciseDialog("breathing", "breathing-dialog", steps);
  }

  /**
   * Urge surfing: an urge rises, peaks and passes like a wave, usually within 20 to 30 minutes; ten
   * guided minutes carry the client over its crest.
   */
  static GuidedExerciseDialog urgeSurfing() {
    List<Step> steps =
        List.of(
            new Step("urge.step1", 30, 0.8),
            new Step("urge.step2", 90, 0.9),
            new Step("urge.step3", 90, 1.0),
            new Step("urge.step4", 90, 1.0),
            new Step("urge.step5", 90, 0.8),
            new Step("urge.step6", 90, 0.6),
            new Step("urge.step7", 60, 0.5),
            new Step("urge.step8", 60, 0.4),
            new Step("urge.step9", 0, 0.4));
    return new GuidedExerciseDialog("urge", "urge-surfing-dialog", steps);
  }

  /** Opens the dialog and starts the first step. */
  void start() {
    open();
    step = -1;
    next();
    UI ui = UI.getCurrent();
    ui.setPollInterval(1000);
    polling = ui.addPollListener(poll -> tick());
  }

  private void tick() {
    secondsLeft--;
    if (secondsLeft <= 0) {
      next();
    }
    showRemaining();
  }

  private void next() {
    step++;
    if (step >= steps.size()) {
      stopPolling();
      return;
    }
    Step now = steps.get(step);
    words.setText(getTranslation(now.wordsKey()));
    secondsLeft = now.seconds();
    circle
        .getStyle()
        .set("transition", "transform " + Math.max(now.seconds(), 1) + "s ease-in-out")
        .set("transform", "scale(" + now.circle() + ")");
    if (now.seconds() == 0) {
      stopPolling();
    }
    showRemaining();
  }

  private void showRemaining() {
    int left = secondsLeft;
    for (int later = step + 1; later < steps.size(); later++) {
      left += steps.get(later).seconds();
    }
    remaining.setText(
        left <= 0
            ? ""
            : getTranslation(
                "exercise.left",
                Integer.toString(left / 60),
                String.format(Locale.ROOT, "%02d", left % 60)));
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
      getUI().orElse(UI.getCurrent()).setPollInterval(-1);
    }
  }
}
