/**
 * First names that mark the start of a person's name (`Wendy Sherman`,
 * `Roderich Kiesewetter`): German, English, French, Italian, Spanish,
 * Scandinavian, Polish, Baltic, Russian and Ukrainian (German transliteration
 * and common English spellings). Names that are also ordinary German words
 * (`Will`, `Mark`, `Paris`) are left out on purpose.
 */
const names = `
Aaron Abdullah Achim Adam Adrian Agnes Ahmed Alain Alan Albert Alberto Aleksandr Aleksander Aleksandra Alex Alexander Alexandra Alexandre Alexei Alexej Alexey Alfred Ali Alice Alina Alois Amelie Amy Ana Anatoli Anatolij Anders Andrea Andreas Andrej Andrew Andrij Andrii Andriy Andrzej Angela Angelika Anja Ann Anna Annalena Anne Annegret Annette Annika Anthony Anton Antonio Antony Antje Ariane Armin Arnold Arseni Arsenij Arthur Artur Arvid Ashton August Axel
Barack Barbara Bart Beata Beate Ben Benedikt Benjamin Bernd Bernhard Bertrand Bettina Bianca Bill Birgit Björn Bodo Bogdan Boris Boyko Brian Bruno Burkhard
Carl Carla Carlos Carmen Caroline Carsten Catherine Cem Charles Charlotte Chris Christa Christian Christiane Christina Christine Christoph Christopher Chrystia Clara Claudia Claus Clemens Colin Cornelia
Dagmar Dan Daniel Daniela Danuta Darja Dave David Dean Denis Denys Detlef Dieter Dietmar Dirk Dmitri Dmitrij Dmitry Dmytro Dominic Dominik Donald Doris Dorothea Dschoe Duda
Ebrahim Edgar Edgars Edward Egils Elena Elisabeth Elizabeth Ellen Emil Emily Emma Emmanuel Enrico Erdogan Eric Erich Erik Erika Ernst Eva Evelyn Ewa Ewald
Fabian Felix Ferdinand Florian Frances Francesca Francis Franco François Frank-Walter Franz Franziska Frederik Friedrich Fritz Fumio
Gabriel Gabriele Gennadi Gennadij Georg George Gerald Gerd Gerhard Gesine Gianni Gilbert Giorgi Giorgia Gitanas Giuseppe Gordon Grant Gregor Gregory Grigori Gudrun Guido Günter Günther Gustav
Hakan Hanna Hannah Hannes Hans Hans-Dietrich Hans-Georg Hans-Jürgen Hans-Peter Harald Harry Hassan Heiko Heinrich Heinz Helene Helga Helmut Hendrik Henri Henrik Henry Herbert Hermann Hillary Horst Hubert Hugo
Igor Ihor Ilja Ilham Ina Ines Ingo Ingrid Irina Iris Isabel Ivan Iwan
Jack Jacob Jacques Jake Jakob James Jan Jana Janet Jaroslaw Jaroslav Jason Javier Jean Jean-Claude Jean-Yves Jeff Jeffrey Jen Jennifer Jens Jeremy Jerzy Jessica Jim Jimmy Joachim Jochen Joe Johann Johanna Johannes John Jonas Jonathan Jordan Jörg Josef Joseph Josep Joschka Joshua Jozef Judith Julia Julian Juliane Julianne Julija Julius Jürgen Jurij Juri Justin Jutta
Kai Kaja Kaja Kamala Karin Karl Karl-Heinz Karl-Theodor Karoline Kassym-Schomart Katarina Katharina Kathrin Katja Katrin Kaspars Kemal Ken Kevin Kira Kirill Klaus Konrad Konstantin Kristalina Kristina Kristjan Krisjanis Kurt Kyriakos
Lars Laura Lea Lena Leo Leon Leonid Linda Lisa Lloyd Lorenz Lothar Louis Luc Luca Lucas Ludwig Luis Lukas Luise
Magdalena Maia Maja Malte Manfred Manuel Marco Marcus Margarete Margarita Margrethe Maria Mariana Marie Marie-Agnes Marija Marina Mario Marion Marius Mark-Andreas Markus Marta Martha Martin Mateusz Mathias Matteo Matthias Maurice Max Maxim Maximilian Melanie Merkel Micha Michael Michaela Michail Michal Michel Michele Mike Mikhail Mikola Miloš Mirko Mohammed Monika Muhammad Mykola Mychajlo
Naftali Nancy Natalia Natalija Natalja Nathalie Neil Nick Nicola Nicolas Niels Niklas Nikita Nikki Niko Nikol Nikolai Nikolaj Nikolaus Nils Nina Norbert Nursultan
Olaf Olena Oleg Oleksandr Oleksij Oleksii Oleksiy Olexander Olexij Oliver Olivia Olga Omid Oskar Otto
Pamela Pascal Patricia Patrick Paul Pauline Pavel Pawel Pedro Pekka Per Peter Petr Petra Petro Philipp Pierre Piotr Präsident
Rafael Rainer Ralf Ralph Ramsan Ramzan Raphael Regina Reinhard Renate Rex Ricarda Richard Rishi Rita Robert Roberta Roderich Roger Roland Rolf Roman Ronald Rosa Rudolf Ruslan Rustem
Sabine Sahra Samantha Sami Sandra Sanna Sara Sarah Sascha Sauli Schamil Sebastian Serhij Serhii Serhiy Sergei Sergej Sergey Sergio Siegfried Sigmar Silke Silvia Simon Simone Sofia Sonja Stanislaw Stefan Stefanie Steffen Stephan Stephanie Steve Steven Susanne Svenja Sven Svetlana Swetlana
Tadeusz Tamara Tanja Tatjana Tatiana Theo Theresa Thierry Thomas Thorsten Till Tim Timo Timothy Tobias Todd Tom Tomas Tomasz Toni Tony Torsten Tsai Tulsi Turgut
Udo Ulf Ulla Ulrich Ulrike Ursula Urmas Uwe
Valentin Valerie Vanessa Vasyl Veronika Victor Victoria Viktor Viktoria Viktorija Vitali Vitalij Vladimir Vladislav Volker Volodymyr
Walter Waltraud Wendy Werner Wilfried Wilhelm William Winfried Wladimir Wladislaw Wolfgang Wolodymyr Wiktor Witali Wjatscheslaw
Xavier Xi
Yoweri Yves Yvonne
Zbigniew
Andrzej Boris Jewgeni Jewgenij Juri Jurij Konstantin Leonid Michail Nikolai Pjotr Sergej Walentina Wassili Wiktor Jelena Julija Ljudmila Marija Natalja Olga Tatjana Swetlana Ramsan Gennadi Anatoli Waleri Walerij Alexej Dmitri Igor Oleg Jaroslaw Kyrylo Denys Olexij Witalij Iryna Ruslan Arsen Arsenij Petro Leonid Viktor Jens Ursula Antony Lloyd Jake Wendy Victoria Kamala Liz Rishi Boris Emmanuel Olaf Annalena Christine Christian Robert Mark Mette Magdalena Sanna Sauli Kaja Ingrida Egils Gitanas Andrzej Mateusz Zbigniew Viktor Recep Mevlüt Aleksandar Aleksander Alexis
`

/** Lower-cased first names. */
export const firstNames: ReadonlySet<string> = new Set(
  names
    .split(/\s+/)
    .filter(Boolean)
    .filter((name) => !['Präsident', 'Merkel', 'Erdogan', 'Duda', 'Mark', 'Xi'].includes(name))
    .map((name) => name.toLowerCase())
)
