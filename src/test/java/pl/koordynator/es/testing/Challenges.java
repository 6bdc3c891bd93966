package pl.koordynator.es.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.altcha.altcha.Altcha;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.ProofOfWork;

/** Solves the proof-of-work challenge of anonymous forms as a browser's widget (or a script) would. */
@Component
public class Challenges {

    private final ProofOfWork proofOfWork;

    Challenges(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    /** A fresh challenge, solved: the value of the field {@code altcha}. */
    public String solved() {
        return solve(proofOfWork.challenge());
    }

    /** The payload the widget submits for a solved challenge (Base64 of its JSON). */
    public static String solve(ProofOfWork.Challenge challenge) {
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge.challenge(), challenge.salt(),
                    Altcha.Algorithm.SHA256, challenge.maxnumber(), 0);
            String json = """
                    {"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}"""
                    .formatted(challenge.algorithm(), challenge.challenge(), solution.number, challenge.salt(),
                            challenge.signature());
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
