package org.aftercare.coping;

import java.util.regex.Pattern;
import org.aftercare.shared.InvalidInputException;

/** Someone on the client's plan to call when it gets hard: a name and a phone number. */
public record PersonToCall(String name, String phone) {

  public static final int NAME_MAX = 80;
  public static final int PHONE_MAX = 30;

  /** Digits with the usual separators, optionally an international "+"; 7 to 15 digits. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,29}");

  public PersonToCall {
    name = name == null ? "" : name.strip();
    phone = phone == null ? "" : phone.strip();
  }

  /** Field names are {@code personName<i>} and {@code personPhone<i>}, counting from 0. */
  void validate(int index) {
    if (name.isEmpty()) {
      throw InvalidInputException.worded(
          "personName" + index, "Add a name, or remove this person.", "coping.person.name.missing");
    }
    if (name.length() > NAME_MAX) {
      throw InvalidInputException.worded(
          "personName" + index,
          "Keep the name to " + NAME_MAX + " characters.",
          "coping.person.name.tooLong",
          NAME_MAX);
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    if (phone.length() > PHONE_MAX
        || !PHONE.matcher(phone).matches()
        || digits < 7
        || digits > 15) {
      throw InvalidInputException.worded(
          "personPhone" + index,
          "Enter a phone number, such as +1 312 555 0100.",
          "coping.person.phone.invalid");
    }
  }
}
