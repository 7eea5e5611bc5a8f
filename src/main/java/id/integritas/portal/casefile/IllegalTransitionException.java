package id.integritas.portal.casefile;

public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(Channel channel, String from, String to) {
        super(channel + " case cannot move from " + from + " to " + to);
    }
}
