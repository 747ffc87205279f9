package dev.tideorm.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({"userId,user_id", "UserFollower,user_follower", "id,id", "HTTPCode,http_code", "line2Text,line2_text",
            "reportsToId,reports_to_id", "URL,url"})
    void snakeCase(String in, String out) {
        assertThat(Names.snake(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"userId,USER_ID", "name,NAME", "openedAt,OPENED_AT"})
    void upperSnakeCase(String in, String out) {
        assertThat(Names.upperSnake(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"posts,post", "tags,tag", "followers,follower", "following,following", "manages,manage",
            "categories,category", "addresses,address", "children,child", "boxes,box", "statuses,status",
            "houses,house", "buses,bus", "people,person", "data,data", "keys,key", "userPosts,userPost",
            "subCategories,subCategory", "mentees,mentee", "fillings,filling", "status,status"})
    void singularOfFieldNames(String plural, String singular) {
        assertThat(Names.singular(plural)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({"class,class_", "case,case_", "null,null_", "post,post", "record,record"})
    void derivedNamesThatAreKeywordsBecomeUsableParameterNames(String name, String parameter) {
        assertThat(Names.parameterName(name)).isEqualTo(parameter);
    }

    @ParameterizedTest
    @CsvSource({"pair,Pair", "film_actor,FilmActor", "idx-location,IdxLocation"})
    void keyNamesBecomeMethodSuffixes(String in, String out) {
        assertThat(Names.camelPart(in)).isEqualTo(out);
    }
}
