package pl.koordynator.es.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu) in this JVM, offline: its HTML schema ships in its jar, and nothing
 * is fetched. Setting it up takes seconds, so one instance checks every page of a run.
 */
public final class HtmlChecker {

    private static HtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();

    private HtmlChecker() throws Exception {
        // log4j of the checker configured from its own jar; no URL logging; no language guessing (our pages say lang="pl")
        validator = new SimpleDocumentValidator(true, false, false);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
                // advice, not an error of the document
            }

            @Override
            public void error(SAXParseException error) {
                errors.add(describe(error));
            }

            @Override
            public void fatalError(SAXParseException error) {
                errors.add(describe(error));
            }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    public static synchronized HtmlChecker get() {
        if (shared == null) {
            try {
                shared = new HtmlChecker();
            } catch (Exception failed) {
                throw new IllegalStateException("the HTML checker could not be set up", failed);
            }
        }
        return shared;
    }

    /** The checker's errors in the document, each as "line N: message"; empty when it is valid. */
    public synchronized List<String> errors(String html) {
        errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception failed) {
            errors.add("the checker could not read the page: " + failed);
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException error) {
        return "line " + error.getLineNumber() + ": " + error.getMessage();
    }
}
