package pl.koordynator.es.privacy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * A person known to the platform only through a keyed pseudonym (a person referred for
 * reintegration): their PESEL or, without one, surname and birth date, as typed, checked and put in
 * one canonical text that a module hashes with its secret. It never leaves the request that carries
 * it: not stored, not logged ({@link #toString()} hides it), not sent back.
 * <p>
 * Problems name the fields {@code personPesel}, {@code personSurname} and {@code personBirthDate}.
 */
public final class PersonIdentity {

    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private final String canonical;

    private PersonIdentity(String canonical) {
        this.canonical = canonical;
    }

    /**
     * The person by PESEL (11 digits, a valid date and check digit; spaces ignored) when one is given,
     * otherwise by surname (letters, spaces, hyphens and apostrophes, up to 100) and birth date (since
     * 1900, not in the future).
     */
    public static PersonIdentity of(String pesel, String surname, LocalDate birthDate, LocalDate today) {
        String digits = pesel == null ? "" : pesel.replaceAll("\\s", "");
        if (!digits.isEmpty()) {
            if (!validPesel(digits)) {
                throw InvalidInputException.of("personPesel", "privacy.person.error.pesel");
            }
            return new PersonIdentity("PESEL:" + digits);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = surname == null ? "" : surname.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(new FieldProblem("personSurname", "privacy.person.error.surname-missing"));
        } else if (name.length() > 100 || !name.matches("[\\p{L}][\\p{L} '’-]*")) {
            problems.add(new FieldProblem("personSurname", "privacy.person.error.surname"));
        }
        if (birthDate == null) {
            problems.add(new FieldProblem("personBirthDate", "privacy.person.error.birth-date-missing"));
        } else if (birthDate.getYear() < 1900 || birthDate.isAfter(today)) {
            problems.add(new FieldProblem("personBirthDate", "privacy.person.error.birth-date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PersonIdentity("NAME:" + fold(name) + "|" + birthDate);
    }

    /** Whether the text is a PESEL: 11 digits encoding a real date, with the right check digit. */
    public static boolean validPesel(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * PESEL_WEIGHTS[i];
        }
        if ((10 - sum % 10) % 10 != digits.charAt(10) - '0') {
            return false;
        }
        int year = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            LocalDate.of(century + year, month % 20, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    /** The text to hash: {@code PESEL:<digits>} or {@code NAME:<SURNAME without diacritics>|<yyyy-MM-dd>}. */
    public String canonical() {
        return canonical;
    }

    private static String fold(String surname) {
        String upper = surname.toUpperCase(Locale.ROOT).replace('Ł', 'L').replace('’', '\'');
        return Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Override
    public String toString() {
        return "PersonIdentity[hidden]";
    }
}
