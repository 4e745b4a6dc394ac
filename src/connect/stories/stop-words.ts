/**
 * Words that say nothing about which event a report covers: function words, reporting verbs and the
 * vocabulary every news report shares. Words of two letters or fewer are skipped anyway.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
about above according across actually added adding after again against ago ahead also although always
among another any anyone anything around asked away back based became because become been before began
being believe below best better between both bring brought called came cannot case certain clear come
comes coming could current currently days despite did does doing done down during each early either else
even ever every expected fact far few first following former from further gave getting give given going
gone good great half hand happened have having help here high however including instead into issue just
keep know known last late later least less like likely little long look made main major make makes making
many matter mean means more most much must need needed never news next none note noted often once only
other others over part past people perhaps place plan point possible put quite rather really recent
recently region report reported reports right said same saying says second seen several should show side
since some something soon still such take taken taking than that their them then there these they thing
things think third this those though thought three through time times today told took toward towards
under until upon used very want wanted week weeks well went were what when where whether which while
whole will with within without work would year years stated statement noting emphasized emphasised
indicated suggested expressed highlighted remarked asserted underscored reiterated described urged amid
meanwhile along
the and for but has was his her its are not who can had may our out she him new one two all any off
own say see set way yet too per via now how why did got let lot use also ago yes
`
    .split(/\s+/)
    .filter(Boolean),
);
