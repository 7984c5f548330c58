# Writes f5_09 as windows-1252 bytes (the page declares that charset in a meta http-equiv).
# Characters such as the en dash (U+2013) and the low-9 quote (U+201E) exist in cp1252 (0x96, 0x84)
# but NOT in ISO-8859-1, so a reader that guesses latin-1 gets C1 control characters instead.
import pathlib
html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Etpähä ry &ndash; Ajankohtaista elokuu 2017</title>
<link rel="stylesheet" type="text/css" href="/css/etpaha.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr>
  <td colspan="2" class="ylapalkki"><a href="/"><img src="/kuvat/etpaha_logo.gif" alt="Etpähä ry – Leader-toimintaryhmä" width="300" height="80" border="0"></a></td>
</tr>
<tr>
  <td colspan="2" class="valikko">
    <a href="/">Etusivu</a> | <a href="/etpaha/">Etpähä</a> | <a href="/rahoitus/">Rahoitus</a> | <a href="/hankkeet/">Hankkeet</a> | <a href="/ajankohtaista/"><b>Ajankohtaista</b></a> | <a href="/yhteystiedot/">Yhteystiedot</a>
  </td>
</tr>
<tr>
  <td width="180" valign="top" class="vasen">
    <p class="otsikko">Arkisto 2017</p>
    <a href="/ajankohtaista/?kk=1&amp;v=2017">tammikuu</a><br>
    <a href="/ajankohtaista/?kk=2&amp;v=2017">helmikuu</a><br>
    <a href="/ajankohtaista/?kk=3&amp;v=2017">maaliskuu</a><br>
    <a href="/ajankohtaista/?kk=4&amp;v=2017">huhtikuu</a><br>
    <a href="/ajankohtaista/?kk=5&amp;v=2017">toukokuu</a><br>
    <a href="/ajankohtaista/?kk=6&amp;v=2017">kesäkuu</a><br>
    <a href="/ajankohtaista/?kk=7&amp;v=2017">heinäkuu</a><br>
    <b>elokuu</b><br>
    <a href="/ajankohtaista/?kk=9&amp;v=2017">syyskuu</a><br>
    <p class="otsikko">Muut vuodet</p>
    <a href="/ajankohtaista/?v=2016">2016</a> · <a href="/ajankohtaista/?v=2015">2015</a>
  </td>
  <td width="780" valign="top" class="sisalto">
    <h1>Ajankohtaista – elokuu 2017</h1>

    <table width="100%" border="0" cellpadding="6" cellspacing="0" class="uutinen">
      <tr><td class="pvm">8.8.2017</td></tr>
      <tr><td><h2>Kansalaistoimijalähtöisen kaupunkikehittämisen käynnistäminen Lahdessa</h2>
        <p>Etpähä ry on saanut Hämeen maakuntaliitolta maakunnan kehittämisrahaa „Kansalaistoimijalähtöisen kaupunkikehittämisen käynnistäminen Lahdessa” -nimisen hankkeen toteuttamiseen.</p>
        <p>Hankkeessa laaditaan Lahden kaupunkialueelle paikallislähtöisen kehittämisen toimintamalli sekä ohjelma vuosiksi 2018–2020. Työ tehdään yhdessä Lahden kaupungin elinvoima- ja työllisyysjaoston kanssa.</p>
        <p>Hankkeen projektipäällikkönä aloittaa 14.8.2017 VTM Timo Taulo.</p>
      </td></tr>
    </table>

    <table width="100%" border="0" cellpadding="6" cellspacing="0" class="uutinen">
      <tr><td class="pvm">2.8.2017</td></tr>
      <tr><td><h2>Toimisto avoinna taas normaalisti</h2>
        <p>Kesätauko on ohi ja toimisto palvelee taas arkisin. Hallitus kokoontuu seuraavan kerran 22.8.2017. Hakemukset, jotka halutaan käsitellä kokouksessa, tulee jättää viimeistään viikkoa ennen kokousta.</p>
      </td></tr>
    </table>

    <p class="selaa"><a href="/ajankohtaista/?kk=7&amp;v=2017">&laquo; heinäkuu 2017</a> &nbsp; <a href="/ajankohtaista/?kk=9&amp;v=2017">syyskuu 2017 &raquo;</a></p>
  </td>
</tr>
<tr>
  <td colspan="2" class="alapalkki">
    <b>Etpähä Ry</b><br>
    Mariankatu 8 A 3. krs<br>
    (Pro Agrian toimiston yhteydessä)<br>
    15110 Lahti<br><br>
    Telefax: 020 747 3091<br>
    etpaha (at) phnet.fi
  </td>
</tr>
</table>
</body>
</html>
"""
out = pathlib.Path(__file__).resolve().parent.parent / "docs/html/f5_09_etpaha_ajankohtaista_cp1252.html"
out.write_bytes(html.replace("\n", "\r\n").encode("cp1252"))
print(out, out.stat().st_size)
