package id.integritas.portal.casework.gratification;

/**
 * Where the object ended up when the UPG closed its custody: deposited with the UPG (receipt number and storage
 * place), returned to the giver, or handed over to the state (both with an uploaded proof).
 */
public enum HandOver {
    DITITIPKAN_UPG, DIKEMBALIKAN_PEMBERI, DISERAHKAN_NEGARA
}
