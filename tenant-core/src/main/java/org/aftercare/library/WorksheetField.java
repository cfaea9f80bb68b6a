package org.aftercare.library;

import java.util.Arrays;
import java.util.List;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Texts;

/**
 * One field of a worksheet the clinic defines: its title, the prompt under it, how it is answered
 * and, for a choice, the choices.
 */
public record WorksheetField(String title, String prompt, FieldKind kind, List<String> choices) {

  public static final int TITLE_MAX = 200;
  public static final int PROMPT_MAX = 1000;

  public WorksheetField {
    title = title == null ? "" : title.strip();
    prompt = Texts.blankToNull(prompt);
    kind = kind == null ? FieldKind.LONG_TEXT : kind;
    choices =
        choices == null
            ? List.of()
            : choices.stream().map(String::strip).filter(choice -> !choice.isEmpty()).toList();
  }

  public static WorksheetField longText(String title, String prompt) {
    return new WorksheetField(title, prompt, FieldKind.LONG_TEXT, List.of());
  }

  /** Choices as stored: one line each. */
  String choicesText() {
    return choices.isEmpty() ? null : String.join("\n", choices);
  }

  static List<String> choicesOf(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\n"));
  }

  /** Field names are {@code fieldTitle<i>} and {@code fieldChoices<i>}, counting from 0. */
  void validate(int index) {
    if (title.isEmpty() || title.length() > TITLE_MAX) {
      throw InvalidInputException.worded(
          "fieldTitle" + index,
          "Give each field a title of up to " + TITLE_MAX + " characters.",
          "refusal.library.field.title",
          TITLE_MAX);
    }
    if (prompt != null && prompt.length() > PROMPT_MAX) {
      throw InvalidInputException.worded(
          "fieldTitle" + index,
          "Keep the prompt to " + PROMPT_MAX + " characters.",
          "refusal.library.field.promptTooLong",
          PROMPT_MAX);
    }
    if (kind == FieldKind.CHOICE && choices.size() < 2) {
      throw InvalidInputException.worded(
          "fieldChoices" + index,
          "A choice needs at least two choices, one per line.",
          "refusal.library.field.choicesTooFew");
    }
    if (choicesText() != null && choicesText().length() > 1000) {
      throw InvalidInputException.worded(
          "fieldChoices" + index,
          "Keep the choices shorter.",
          "refusal.library.field.choicesTooLong");
    }
  }

  /**
   * The answer as kept, or refused at {@code answer<i>}: numbers 0–10 for a scale, one of the
   * choices for a choice. Blank is no answer.
   */
  String checkedAnswer(int index, String answer) {
    String value = Texts.blankToNull(answer == null ? null : answer.strip());
    if (value == null) {
      return null;
    }
    String field = "answer" + index;
    switch (kind) {
      case SCALE -> {
        if (!value.matches("(10|[0-9])")) {
          throw InvalidInputException.worded(
              field, "Choose a number from 0 to 10.", "worksheet.answer.scale");
        }
      }
      case CHOICE -> {
        if (!choices.contains(value)) {
          throw InvalidInputException.worded(
              field, "Choose one of the choices.", "worksheet.answer.choice");
        }
      }
      case TEXT, LONG_TEXT -> {
        int max = kind == FieldKind.TEXT ? 200 : Worksheets.ANSWER_MAX;
        if (value.length() > max) {
          throw InvalidInputException.worded(
              field,
              "Keep this to " + max + " characters (" + value.length() + " now).",
              "worksheet.answer.tooLong",
              max,
              value.length());
        }
      }
    }
    return value;
  }
}
