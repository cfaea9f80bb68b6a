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

/**
 * A timed sequence run by the server: each step shows its words for its seconds while a circle
 * grows or shrinks with the breath (a CSS transition as long as the step). The page polls once a
 * second while the dialog is open and stops when it closes — no browser add-on needed.
 */
class GuidedExerciseDialog extends Dialog {

  /** One step: what to do, for how long, and how large the circle is at its end (0 to 1). */
  record Step(String words, int seconds, double circle) {}

  private final List<Step> steps;
  private final Paragraph words = new Paragraph();
  private final Span remaining = new Span();
  private final Div circle = new Div();
  private int step;
  private int secondsLeft;
  private Registration polling;

  GuidedExerciseDialog(String title, String id, String introduction, List<Step> steps) {
    super(title);
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
    add(new Paragraph(introduction), stage, words, remaining);
    getFooter().add(new Button("Stop", click -> close()));
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
      steps.add(new Step("Breathe in through your nose…", 4, 1.0));
      steps.add(new Step("Hold…", 4, 1.0));
      steps.add(new Step("Breathe out slowly through your mouth…", 6, 0.4));
    }
    steps.add(new Step("Well done. Notice how you feel now.", 0, 0.6));
    return new GuidedExerciseDialog(
        "Breathe with me",
        "breathing-dialog",
        "Sit comfortably. Follow the circle and the words.",
        steps);
  }

  /**
   * Urge surfing: an urge rises, peaks and passes like a wave, usually within 20 to 30 minutes; ten
   * guided minutes carry the client over its crest.
   */
  static GuidedExerciseDialog urgeSurfing() {
    List<Step> steps =
        List.of(
            new Step("Sit or stand comfortably. Take three slow breaths.", 30, 0.8),
            new Step("Notice where you feel the urge in your body. Just notice it.", 90, 0.9),
            new Step("Breathe into that place. You don't have to act on it.", 90, 1.0),
            new Step("The urge is a wave. Let it rise; you are riding it.", 90, 1.0),
            new Step("Notice how it changes: stronger, weaker, moving?", 90, 0.8),
            new Step("Keep breathing. Waves always come back down.", 90, 0.6),
            new Step("Notice how strong it is now, compared with the start.", 60, 0.5),
            new Step("Think of one thing from your coping plan you can do next.", 60, 0.4),
            new Step("You rode the wave. Well done.", 0, 0.4));
    return new GuidedExerciseDialog(
        "Ride out an urge",
        "urge-surfing-dialog",
        "Ten minutes. You don't need to fight the urge, only watch it pass.",
        steps);
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
    words.setText(now.words());
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
    remaining.setText(left <= 0 ? "" : String.format("%d:%02d left", left / 60, left % 60));
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
      getUI().orElse(UI.getCurrent()).setPollInterval(-1);
    }
  }
}
