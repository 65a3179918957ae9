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
Agnieszka Małgorzata Malgorzata Krzysztof Wojciech Paweł Łukasz Lukasz Marcin Jarosław Radosław Radoslaw Witold Rafał Rafal Grzegorz Katarzyna Joanna Dorota Elżbieta Elzbieta Marek Mariusz Przemysław Przemyslaw Jacek Janusz Waldemar Michał Kamil Szymon Bartosz Jakub Kacper Bronisław Lech Aleksander Ryszard Henryk Stanisław Zofia Urszula Bogusław Adrian Sebastian
Gabrielius Ingrida Linas Arvydas Dalia Vytautas Artis Krišjānis Krisjanis Jüri Kersti Hanno Alar Jānis Janis Andris Raimonds Artūrs Arturs Evika Inese Rihards Ainars Kristiina Margus Tarmo Siim Toomas Kajsa Valdis Aivars Edgars Gintautas Saulius Algirdas Rasa Vilija
Oleksij Olexij Olha Oksana Witalij Wadym Wassyl Bohdan Taras Pawlo Stepan Switlana Ljudmyla Anatolij Walerij Mykhailo Mykhaylo Yulia Yuliia Julija Halyna Ostap Wolodymyr Volodymyr Oleksandr Olexandr Olexander Andrij Andriy Iryna Kyrylo Denys Serhij Serhiy Yuriy Jurij Mykola Vitaliy Vitali Valeriy Ihor Arsen Dmytro Zelenskyj
Jewgeni Jewgenij Jewgenija Nikolai Walentina Fjodor Fedor Grigori Grigorij Wjatscheslaw Wassili Wassilij Arkadi Arkadij Timofej Ljubow Jelena Ksenia Xenia Jekaterina Ekaterina Anastasia Anastassija Darja Polina Lilija Wiktorija Wera Nadeschda Dmitrij Kirill Maxim Artjom Artem Witali Wadim Waleri Semjon Jegor Gleb Timur Aslan Achmat Aleksej Alexey Yevgeny Yevgeniy Yuri Vladimir Vyacheslav Sergey Mikhail Nikolay Valery Valentina Anatoly Vasily Pyotr Fyodor Ilya Ilja Pawel Pjotr Alexandr Schoigu Waleri Juri Sergej
George William Michael Matthew Anthony Kenneth Timothy Ronald Ryan Gary Nicholas Stephen Larry Scott Brandon Samuel Raymond Dennis Jerry Tyler Douglas Nathan Zachary Kyle Harold Keith Roger Ethan Terry Sean Lawrence Austin Noah Jesse Bryan Billy Bruce Dylan Alan Ralph Roy Juan Wayne Eugene Logan Randy Russell Vincent Philip Bobby Johnny Bradley Mary Susan Karen Betty Margaret Ashley Kimberly Donna Michelle Dorothy Carol Amanda Melissa Deborah Rebecca Sharon Cynthia Kathleen Shirley Helen Brenda Nicole Katherine Debra Rachel Carolyn Ruth Heather Diane Julie Joyce Kelly Lauren Joan Megan Cheryl Jacqueline Gloria Teresa Kathryn Janice Madison Abigail Judy Grace Denise Amber Marilyn Beverly Danielle Sophia Diana Natalie Isabella Lindsey Mitch Chuck Ned Avril Karine Keir Priti Dominic Ben Boris Liz Jen Psaki Linda Tulsi Nikki Hillary Mike Lloyd Jake Antony Kamala Joseph Joe Ted Marco Bernie Elizabeth Nancy Chris Adam Rand Lindsey Marjorie Gregory Kurt Robin Jonathan Fiona Ian Tobias Hugh Nigel Theresa Gordon Tony Rishi Grant Penny Sajid Alok Kwasi James
Édouard Edouard Clément Clement Florence Gérald Gerald Laurent Olivier Dominique Philippe Élisabeth Ségolène Valérie Sébastien Sebastien Stéphane Julien Benoît Benoit Antoine Jérôme Jerome Yannick Amélie Sylvie Agnès Anne-Claire Camille Claire Hélène Isabelle Nathalie Sandrine Véronique Françoise Jean-Luc Jean-Marie Jean-Pierre Jean-Baptiste Jean-Michel Marine Bruno Nicolas Thierry Cédric François Hubert Arnaud Gilles
Anders Mette Jonas Sauli Sanna Pekka Ann Erna Anniken Jeppe Morten Pia Trine Ulf Per Pål Espen Erik Nils Kjell Håkan Ingvar Lena Karin Birgitta Astrid Ingrid Sigrid Liv Kari Jussi Antti Timo Ville Jyrki Juha Mika Aino Krista Li Magdalena Stefan Peter Mikael Henrik Lars Jens Søren Soren Rasmus Frederik Mogens Svend Gunnar Torbjørn Jan-Erik Björn Bjørn Oddvar Alf Tove
Recep Mevlüt Hulusi İbrahim Ibrahim Péter Peter Zoltán Katalin Miloš Milos Petr Andrej Irakli Salome Micheil Swjatlana Sviatlana Aljaksandr Alexander Kassym-Jomart Nursultan Ilham Nikol Arayik Josep Kaja Charles Pedro Mario Giorgia Matteo Sergio Luigi Enrico Paolo Mariano Pablo Ursula Margrethe Krzysztof Edi Aleksandar Zoran Milorad Alexander Kristalina Rumen Klaus Traian Maia Natalia
Norbert Roderich Johann Marcus Omid Saskia Cem Bijan Katrin Hubertus Bärbel Sevim Tino Kerstin Siemtje Henning Rüdiger Carlo Tilman Anke Britta Nadja Nadine Ute Heike Gabi Ilse Egon Willy Ludger Gunther Marc Ronja Friedrich Markus Armin Ralf Dietmar Alice Jürgen Annegret Heiko Sigmar Joschka Guido Thorsten Wolfgang Ekkehard Rolf Jörg Günter Hans-Ulrich Jan-Marco Lamya Canan Aydan Serap Agnes-Marie Kevin Lars Nils Jürgen Alexander Johannes Reinhard Marieluise Gerhard Klaus-Dieter Wolf Wolf-Dieter Carsten Ulf Sönke Gesine Herta Ilse
`

/** Lower-cased first names. */
export const firstNames: ReadonlySet<string> = new Set(
  names
    .split(/\s+/)
    .filter(Boolean)
    .filter((name) => !['Präsident', 'Merkel', 'Erdogan', 'Duda', 'Mark', 'Xi', 'August', 'Schoigu', 'Psaki', 'Zelenskyj', 'Wolf', 'Li', 'Per', 'Rand', 'Marine', 'Penny'].includes(name))
    .map((name) => name.toLowerCase())
)
