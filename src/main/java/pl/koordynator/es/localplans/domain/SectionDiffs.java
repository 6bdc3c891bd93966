package pl.koordynator.es.localplans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import pl.koordynator.es.localplans.SectionDiff;
import pl.koordynator.es.localplans.SectionDiff.Change;
import pl.koordynator.es.localplans.SectionDiff.Piece;

/**
 * Word-level differences of two texts (Myers' algorithm of java-diff-utils over words and the runs of
 * spaces and line breaks between them), so that a reworded sentence shows the words that changed rather
 * than the whole line, and line breaks stay where the authors put them.
 */
public final class SectionDiffs {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    private SectionDiffs() {
    }

    public static SectionDiff between(Integer from, Integer to, String older, String newer) {
        List<String> source = tokens(older);
        List<String> target = tokens(newer);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            add(pieces, Change.UNCHANGED, source.subList(position, delta.getSource().getPosition()));
            add(pieces, Change.DELETED, delta.getSource().getLines());
            add(pieces, Change.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Change.UNCHANGED, source.subList(position, source.size()));
        return new SectionDiff(from, to, List.copyOf(pieces));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text.replace("\r\n", "\n"));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends the words as a run, joined to the last run when that has the same kind of change. */
    private static void add(List<Piece> pieces, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).change() == change) {
            text = pieces.remove(pieces.size() - 1).text() + text;
        }
        pieces.add(new Piece(change, text));
    }
}
