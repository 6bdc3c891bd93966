package pl.koordynator.es.security.domain;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication with the lockout in front of it. A locked name is refused before the
 * password is looked at, so even the right password fails until the lock runs out. A disabled
 * account fails like a wrong password, to reveal nothing.
 */
public class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginLockout lockout;

    LockingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (lockout.isLocked(username)) {
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            lockout.recordSuccess(username);
            return result;
        } catch (BadCredentialsException | AccountStatusException failed) {
            boolean lockedNow = lockout.recordFailure(username);
            throw lockedNow ? new LockedException("locked") : new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
